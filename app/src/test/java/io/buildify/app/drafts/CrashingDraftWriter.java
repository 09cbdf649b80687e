package io.buildify.app.drafts;

import io.buildify.core.model.EntityDefinition;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Run in a separate JVM by {@link DraftStoreCrashTest}, like an app that gets killed: opens the store, saves a
 * customer entity and prints {@code SAVED}; then, for each name read from stdin, renames it, saves again and prints
 * {@code SAVED}. It never closes the store. Arguments: the database file and the entity id.
 */
public final class CrashingDraftWriter {
    static final String SAVED = "SAVED";

    private CrashingDraftWriter() {
    }

    public static void main(String[] args) throws IOException {
        DraftStore store = DraftStore.open(Path.of(args[0]));
        EntityDefinition customer = SampleEntities.customer();
        EntityDefinition entity = new EntityDefinition(args[1], customer.name(), customer.label(),
                customer.pluralLabel(), customer.description(), customer.icon(), customer.category(),
                customer.entityType(), customer.tableName(), customer.options(), customer.primaryField(),
                customer.defaultSortField(), customer.defaultSortOrder(), customer.recordsPerPage(),
                customer.fields(), customer.relationships(), customer.indexes());
        store.entities().save(entity);
        System.out.println(SAVED);
        BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String name = commands.readLine(); name != null; name = commands.readLine()) {
            entity = entity.withName(name);
            store.entities().save(entity);
            System.out.println(SAVED);
        }
        // stdin closed: wait to be killed, still without closing the store
        while (true) {
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
