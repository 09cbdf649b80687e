package io.buildify.app.eroverview;

import io.buildify.app.project.ProjectSession;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;
import io.buildify.core.model.RelationshipDefinition;
import io.buildify.core.model.RelationshipKind;

/**
 * Five entities with one relationship of each kind and a lookup: company 1:N contact, contact 1:1 profile,
 * contact N:M tag, deal N:1 company (lookup). Company is published, contact published then changed.
 */
final class ErSampleModel {
    private ErSampleModel() {
    }

    static void saveInto(ProjectSession project) {
        EntityDefinition company = EntityDefinition.of("company").withCategory("CRM")
                .withFieldAdded(FieldDefinition.of("name", FieldType.STRING).withRequired(true))
                .withPrimaryField("name")
                .withRelationshipAdded(RelationshipDefinition.of("contacts", RelationshipKind.ONE_TO_MANY, "contact"));
        EntityDefinition contact = EntityDefinition.of("contact").withCategory("CRM")
                .withFieldAdded(FieldDefinition.of("email", FieldType.EMAIL).withUnique(true))
                .withRelationshipAdded(RelationshipDefinition.of("profile", RelationshipKind.ONE_TO_ONE, "profile"))
                .withRelationshipAdded(RelationshipDefinition.of("tags", RelationshipKind.MANY_TO_MANY, "tag"));
        EntityDefinition deal = EntityDefinition.of("deal")
                .withFieldAdded(FieldDefinition.of("company", FieldType.LOOKUP).withLookupEntity("company"));
        project.save(company);
        project.save(contact);
        project.save(EntityDefinition.of("profile"));
        project.save(EntityDefinition.of("tag"));
        project.save(deal);
        project.markPublished(company.id(), 1, company);
        project.markPublished(contact.id(), 1, contact);
        project.save(contact.withLabel("Person"));
    }
}
