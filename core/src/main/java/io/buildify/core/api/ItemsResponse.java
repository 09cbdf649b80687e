package io.buildify.core.api;

import java.util.List;

/** A plain list answer, {@code {"items": [...]}}, so fields can be added later without breaking clients. */
public record ItemsResponse<T>(List<T> items) {
}
