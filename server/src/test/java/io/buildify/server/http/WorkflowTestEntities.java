package io.buildify.server.http;

import io.buildify.server.ApiClient;
import io.buildify.server.ApiClient.Answer;
import io.buildify.server.Definitions;

import static org.assertj.core.api.Assertions.assertThat;

/** Publishes the entities workflow tests refer to, once per name (the shared server outlives a test class). */
final class WorkflowTestEntities {
    private WorkflowTestEntities() {
    }

    static void publishCustomer(ApiClient api, String name) {
        if (api.get("/api/v1/data-model/entities/" + name).status() == 200) {
            return;
        }
        Answer answer = api.postJson("/api/v1/data-model/entities/" + name + "/publish",
                Definitions.request(Definitions.customer(name), 0));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
    }
}
