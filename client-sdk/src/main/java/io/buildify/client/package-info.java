/**
 * Java client of the Buildify server's HTTP API.
 *
 * <p>{@link io.buildify.client.BuildifyClient} is the entry point; it speaks the core model and API records
 * ({@code io.buildify.core.api}, {@code io.buildify.core.model}) and reports failures as subclasses of
 * {@link io.buildify.client.BuildifyClientException}. The HTTP library (OkHttp) stays inside package-private
 * classes, which {@code ClientArchitectureTest} enforces, so callers never depend on it.
 */
package io.buildify.client;
