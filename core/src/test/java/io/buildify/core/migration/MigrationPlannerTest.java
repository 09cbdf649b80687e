package io.buildify.core.migration;

import io.buildify.core.model.DefinitionVersion;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.EntityOptions;
import io.buildify.core.model.EntityType;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;
import io.buildify.core.model.IndexDefinition;
import io.buildify.core.model.IndexMethod;
import io.buildify.core.model.ReferentialAction;
import io.buildify.core.model.RelationshipDefinition;
import io.buildify.core.model.RelationshipKind;
import io.buildify.core.validation.InvalidDefinitionException;
import io.buildify.core.validation.ValidationProblem;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MigrationPlannerTest {
    private final MigrationPlanner planner = new MigrationPlanner();

    private static EntityDefinition customer() {
        return EntityDefinition.of("customer").withFields(List.of(
                FieldDefinition.of("name", FieldType.STRING).withRequired(true),
                FieldDefinition.of("email", FieldType.EMAIL).withUnique(true),
                FieldDefinition.of("credit_limit", FieldType.DECIMAL)));
    }

    private static EntityDefinition customerWith(FieldDefinition field) {
        return customer().withFieldAdded(field);
    }

    private MigrationPlan create(EntityDefinition entity) {
        return planner.plan(null, entity, DefinitionVersion.NONE);
    }

    private String createTable(EntityDefinition entity) {
        return create(entity).steps().get(0).upSql();
    }

    @Test
    void customerBecomesOneCreateTableWithSystemColumnsFirst() {
        MigrationPlan plan = create(customer());

        assertThat(plan.type()).isEqualTo(MigrationType.CREATE);
        assertThat(plan.entityName()).isEqualTo("customer");
        assertThat(plan.fromVersion()).isEqualTo(DefinitionVersion.NONE);
        assertThat(plan.toVersion()).isEqualTo(DefinitionVersion.of(1));
        assertThat(plan.upSql()).isEqualTo("""
                CREATE TABLE "customer" (
                    "id" UUID PRIMARY KEY DEFAULT gen_random_uuid(),
                    "created_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
                    "updated_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
                    "created_by" VARCHAR(100),
                    "updated_by" VARCHAR(100),
                    "name" VARCHAR(255) NOT NULL,
                    "email" VARCHAR(255),
                    "credit_limit" NUMERIC(18,2),
                    CONSTRAINT "customer_email_key" UNIQUE ("email")
                );""");
        assertThat(plan.downSql()).isEqualTo("DROP TABLE \"customer\";");
        assertThat(plan.destructive()).isFalse();
    }

    @Test
    void createTableStepDescribesItsImpact() {
        MigrationStep step = create(customer()).steps().get(0);
        assertThat(step.kind()).isEqualTo(StepKind.CREATE_TABLE);
        assertThat(step.object()).isEqualTo("customer");
        assertThat(step.destructive()).isFalse();
    }

    @Test
    void softDeleteAddsDeletedAt() {
        assertThat(createTable(customer().withOptions(EntityOptions.defaults().withSoftDelete(true))))
                .contains("\"updated_by\" VARCHAR(100),\n    \"deleted_at\" TIMESTAMPTZ,\n    \"name\"");
        assertThat(createTable(customer())).doesNotContain("deleted_at");
    }

    @Test
    void tableNameMayDifferFromEntityName() {
        MigrationPlan plan = create(customer().withTableName("crm_customer"));
        assertThat(plan.upSql()).startsWith("CREATE TABLE \"crm_customer\" (")
                .contains("CONSTRAINT \"crm_customer_email_key\" UNIQUE (\"email\")");
        assertThat(plan.downSql()).isEqualTo("DROP TABLE \"crm_customer\";");
    }

    @Test
    void everyFieldTypeMapsToItsPostgresType() {
        Map<FieldType, String> expected = Map.ofEntries(
                Map.entry(FieldType.STRING, "VARCHAR(255)"), Map.entry(FieldType.TEXT, "TEXT"),
                Map.entry(FieldType.EMAIL, "VARCHAR(255)"), Map.entry(FieldType.URL, "VARCHAR(500)"),
                Map.entry(FieldType.PHONE, "VARCHAR(20)"), Map.entry(FieldType.INTEGER, "INTEGER"),
                Map.entry(FieldType.BIGINTEGER, "BIGINT"), Map.entry(FieldType.DECIMAL, "NUMERIC(18,2)"),
                Map.entry(FieldType.CURRENCY, "NUMERIC(19,4)"), Map.entry(FieldType.PERCENTAGE, "NUMERIC(7,4)"),
                Map.entry(FieldType.BOOLEAN, "BOOLEAN"), Map.entry(FieldType.DATE, "DATE"),
                Map.entry(FieldType.DATETIME, "TIMESTAMPTZ"), Map.entry(FieldType.TIME, "TIME"),
                Map.entry(FieldType.JSON, "JSONB"), Map.entry(FieldType.UUID, "UUID"),
                Map.entry(FieldType.SINGLE_SELECT, "TEXT"), Map.entry(FieldType.MULTIPLE_SELECT, "TEXT[]"),
                Map.entry(FieldType.LOOKUP, "UUID"));
        assertThat(expected).hasSize(FieldType.values().length);
        expected.forEach((type, sql) -> assertThat(PostgresTypes.columnType(FieldDefinition.of("x", type)))
                .as(type.code()).isEqualTo(sql));
    }

    @Test
    void stringLengthAndDecimalPrecisionComeFromTheField() {
        String sql = createTable(customer()
                .withFieldAdded(FieldDefinition.of("code", FieldType.STRING).withLength(null, 12))
                .withFieldAdded(FieldDefinition.of("rate", FieldType.DECIMAL).withPrecision(10, 5)));
        assertThat(sql).contains("\"code\" VARCHAR(12),").contains("\"rate\" NUMERIC(10,5),");
    }

    @Test
    void singleSelectGetsACheckOnEscapedAllowedValues() {
        String sql = createTable(customerWith(FieldDefinition.of("status", FieldType.SINGLE_SELECT)
                .withAllowedValues(List.of("new", "O'Brien", "back\\slash"))));
        assertThat(sql).contains("\"status\" TEXT,")
                .contains("CONSTRAINT \"customer_status_allowed_check\" CHECK (\"status\" IN "
                        + "('new', 'O''Brien', E'back\\\\slash'))");
    }

    @Test
    void multipleSelectIsATextArrayContainedInTheAllowedValues() {
        String sql = createTable(customerWith(FieldDefinition.of("tags", FieldType.MULTIPLE_SELECT)
                .withAllowedValues(List.of("vip", "new"))));
        assertThat(sql).contains("\"tags\" TEXT[],")
                .contains("CONSTRAINT \"customer_tags_allowed_check\" CHECK (\"tags\" <@ ARRAY['vip', 'new']::text[])");
    }

    @Test
    void lookupIsAUuidForeignKeyToTheTargetTable() {
        String sql = createTable(customerWith(FieldDefinition.of("account", FieldType.LOOKUP)
                .withLookupEntity("account").withRequired(true)));
        assertThat(sql).contains("\"account\" UUID NOT NULL,")
                .contains("CONSTRAINT \"customer_account_fkey\" FOREIGN KEY (\"account\") REFERENCES \"account\" (\"id\")");
    }

    @Test
    void lookupTargetTableComesFromTheResolver() {
        MigrationPlanner withCatalog = new MigrationPlanner(entity -> entity.equals("account") ? "crm_account" : entity);
        String sql = withCatalog.plan(null, customerWith(FieldDefinition.of("account", FieldType.LOOKUP)
                .withLookupEntity("account")), DefinitionVersion.NONE).upSql();
        assertThat(sql).contains("REFERENCES \"crm_account\" (\"id\")");
    }

    @Test
    void lookupToItselfPointsAtItsOwnTable() {
        String sql = createTable(customer().withTableName("crm_customer")
                .withFieldAdded(FieldDefinition.of("parent", FieldType.LOOKUP).withLookupEntity("customer")));
        assertThat(sql).contains("REFERENCES \"crm_customer\" (\"id\")");
    }

    @Test
    void textDefaultIsAnEscapedLiteral() {
        String sql = createTable(customerWith(FieldDefinition.of("surname", FieldType.STRING)
                .withDefaultValue("O'Brien'); DROP TABLE customer; --")));
        assertThat(sql).contains("\"surname\" VARCHAR(255) DEFAULT 'O''Brien''); DROP TABLE customer; --',");
    }

    @Test
    void defaultsAreRenderedAsLiteralsOfTheColumnType() {
        EntityDefinition entity = customer()
                .withFieldAdded(FieldDefinition.of("age", FieldType.INTEGER).withDefaultValue(" 42 "))
                .withFieldAdded(FieldDefinition.of("price", FieldType.CURRENCY).withDefaultValue("1.5"))
                .withFieldAdded(FieldDefinition.of("active", FieldType.BOOLEAN).withDefaultValue("True"))
                .withFieldAdded(FieldDefinition.of("born", FieldType.DATE).withDefaultValue("2000-01-31"))
                .withFieldAdded(FieldDefinition.of("seen", FieldType.DATETIME).withDefaultValue("now"))
                .withFieldAdded(FieldDefinition.of("opens", FieldType.TIME).withDefaultValue("09:30"))
                .withFieldAdded(FieldDefinition.of("ref", FieldType.UUID)
                        .withDefaultValue("123E4567-E89B-12D3-A456-426614174000"))
                .withFieldAdded(FieldDefinition.of("data", FieldType.JSON).withDefaultValue("{\"a\": \"it's\"}"))
                .withFieldAdded(FieldDefinition.of("tags", FieldType.MULTIPLE_SELECT)
                        .withAllowedValues(List.of("a", "b")).withDefaultValue("[\"b\"]"));
        assertThat(createTable(entity))
                .contains("\"age\" INTEGER DEFAULT 42,")
                .contains("\"price\" NUMERIC(19,4) DEFAULT 1.5,")
                .contains("\"active\" BOOLEAN DEFAULT TRUE,")
                .contains("\"born\" DATE DEFAULT DATE '2000-01-31',")
                .contains("\"seen\" TIMESTAMPTZ DEFAULT now(),")
                .contains("\"opens\" TIME DEFAULT TIME '09:30',")
                .contains("\"ref\" UUID DEFAULT '123e4567-e89b-12d3-a456-426614174000'::uuid,")
                .contains("\"data\" JSONB DEFAULT '{\"a\": \"it''s\"}'::jsonb,")
                .contains("\"tags\" TEXT[] DEFAULT ARRAY['b']::text[],");
    }

    @Test
    void lengthAndRangeLimitsBecomeChecks() {
        String sql = createTable(customer()
                .withFieldAdded(FieldDefinition.of("code", FieldType.STRING).withLength(2, 10))
                .withFieldAdded(FieldDefinition.of("notes", FieldType.TEXT).withLength(null, 2000))
                .withFieldAdded(FieldDefinition.of("age", FieldType.INTEGER)
                        .withRange(BigDecimal.ZERO, new BigDecimal("150"))));
        assertThat(sql)
                .contains("CONSTRAINT \"customer_code_length_check\" CHECK (char_length(\"code\") >= 2)")
                .contains("CONSTRAINT \"customer_notes_length_check\" CHECK (char_length(\"notes\") <= 2000)")
                .contains("CONSTRAINT \"customer_age_range_check\" CHECK (\"age\" >= 0 AND \"age\" <= 150)");
    }

    @Test
    void indexedFieldsGetAnIndexStepAndUniqueFieldsDoNot() {
        MigrationPlan plan = create(customer()
                .withFieldReplaced(customer().fields().get(0))
                .withFieldAdded(FieldDefinition.of("city", FieldType.STRING).withIndexed(true))
                .withFieldAdded(FieldDefinition.of("code", FieldType.STRING).withIndexed(true).withUnique(true))
                .withFieldAdded(FieldDefinition.of("data", FieldType.JSON).withIndexed(true)));
        assertThat(plan.steps()).extracting(MigrationStep::upSql).containsExactly(
                plan.steps().get(0).upSql(),
                "CREATE INDEX \"customer_city_idx\" ON \"customer\" USING btree (\"city\");",
                "CREATE INDEX \"customer_data_idx\" ON \"customer\" USING gin (\"data\");");
        assertThat(plan.steps().get(1).kind()).isEqualTo(StepKind.CREATE_INDEX);
        assertThat(plan.steps().get(1).object()).isEqualTo("customer.city");
        assertThat(plan.downSql()).isEqualTo("DROP TABLE \"customer\";");
    }

    @Test
    void definedIndexesKeepMethodUniqueAndWhere() {
        MigrationPlan plan = create(customer().withIndexes(List.of(
                new IndexDefinition("i1", "customer_active_email", List.of("email", "name"), IndexMethod.BTREE,
                        true, "credit_limit > 0"),
                new IndexDefinition("i2", "customer_name_hash", List.of("name"), IndexMethod.HASH, false, null))));
        assertThat(plan.steps()).extracting(MigrationStep::upSql).contains(
                "CREATE UNIQUE INDEX \"customer_active_email\" ON \"customer\" USING btree (\"email\", \"name\") "
                        + "WHERE (credit_limit > 0);",
                "CREATE INDEX \"customer_name_hash\" ON \"customer\" USING hash (\"name\");");
    }

    @Test
    void oneToOneAddsAUniqueForeignKeyColumnWithItsActions() {
        RelationshipDefinition profile = new RelationshipDefinition("r1", "profile", "Profile",
                RelationshipKind.ONE_TO_ONE, "profile", null, null, ReferentialAction.CASCADE,
                ReferentialAction.RESTRICT, true);
        String sql = createTable(customer().withRelationships(List.of(profile)));
        assertThat(sql).contains("\"profile_id\" UUID NOT NULL,")
                .contains("CONSTRAINT \"customer_profile_id_fkey\" FOREIGN KEY (\"profile_id\") REFERENCES "
                        + "\"profile\" (\"id\") ON DELETE CASCADE ON UPDATE RESTRICT,")
                .contains("CONSTRAINT \"customer_profile_id_key\" UNIQUE (\"profile_id\")");
    }

    @Test
    void manyToManyCreatesAJunctionTableDroppedFirst() {
        RelationshipDefinition tags = new RelationshipDefinition("r1", "tags", "Tags", RelationshipKind.MANY_TO_MANY,
                "tag", null, null, ReferentialAction.CASCADE, null, false);
        MigrationPlan plan = create(customer().withRelationships(List.of(tags)));
        MigrationStep junction = plan.steps().get(1);
        assertThat(junction.kind()).isEqualTo(StepKind.CREATE_JUNCTION_TABLE);
        assertThat(junction.upSql()).isEqualTo("""
                CREATE TABLE "customer_tags" (
                    "customer_id" UUID NOT NULL,
                    "tag_id" UUID NOT NULL,
                    CONSTRAINT "customer_tags_pkey" PRIMARY KEY ("customer_id", "tag_id"),
                    CONSTRAINT "customer_tags_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
                    CONSTRAINT "customer_tags_tag_id_fkey" FOREIGN KEY ("tag_id") REFERENCES "tag" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
                );""");
        assertThat(plan.downSql()).isEqualTo("DROP TABLE \"customer_tags\";\nDROP TABLE \"customer\";");
    }

    @Test
    void oneToManyToAnEntityThePlannerDoesNotKnowIsRefused() {
        RelationshipDefinition orders = RelationshipDefinition.of("orders", RelationshipKind.ONE_TO_MANY, "sales_order");
        assertThatThrownBy(() -> create(customer().withRelationships(List.of(orders))))
                .isInstanceOf(UnsupportedChangeException.class).hasMessageContaining("publish 'sales_order' first");
    }

    @Test
    void longConstraintNamesAreShortenedWithAStableHash() {
        String longName = "a_really_long_field_name_that_goes_on_and_on_for_ever_x";
        String sql = createTable(customer().withTableName("customer_with_a_long_table_name")
                .withFieldAdded(FieldDefinition.of(longName, FieldType.STRING).withUnique(true)));
        String full = "customer_with_a_long_table_name_" + longName + "_key";
        String expected = ConstraintNames.of("customer_with_a_long_table_name", longName, "key");
        assertThat(expected).hasSize(63).startsWith(full.substring(0, 54) + "_").isNotEqualTo(full.substring(0, 63));
        assertThat(sql).contains("CONSTRAINT \"" + expected + "\" UNIQUE");
    }

    @Test
    void indexNameClashingWithAGeneratedNameIsReported() {
        EntityDefinition entity = customer().withIndexes(List.of(
                IndexDefinition.of("customer_email_key", List.of("email"))));
        assertThatThrownBy(() -> create(entity)).isInstanceOfSatisfying(InvalidDefinitionException.class,
                e -> assertThat(e.problems()).extracting(ValidationProblem::path).containsExactly("indexes[0].name"));
    }

    @Test
    void samePlanTwiceIsByteIdentical() {
        EntityDefinition entity = customer()
                .withFieldAdded(FieldDefinition.of("status", FieldType.SINGLE_SELECT)
                        .withAllowedValues(List.of("b", "a")).withIndexed(true))
                .withRelationships(List.of(RelationshipDefinition.of("tags", RelationshipKind.MANY_TO_MANY, "tag")))
                .withIndexes(List.of(IndexDefinition.of("customer_by_name", List.of("name", "email"))));
        MigrationPlan first = create(entity);
        MigrationPlan second = new MigrationPlanner().plan(null, entity, DefinitionVersion.NONE);
        assertThat(second.upSql()).isEqualTo(first.upSql());
        assertThat(second.downSql()).isEqualTo(first.downSql());
        assertThat(second).isEqualTo(first);
    }

    @Test
    void invalidDefinitionIsRefusedWithItsProblems() {
        EntityDefinition invalid = customer().withName("select");
        assertThatThrownBy(() -> create(invalid)).isInstanceOfSatisfying(InvalidDefinitionException.class,
                e -> assertThat(e.errors()).extracting(ValidationProblem::path).contains("name"));
    }

    @Test
    void unchangedPublishedEntityGivesAnEmptyAlterPlan() {
        EntityDefinition published = customer();
        MigrationPlan plan = planner.plan(published, published, DefinitionVersion.of(3));
        assertThat(plan.type()).isEqualTo(MigrationType.ALTER);
        assertThat(plan.steps()).isEmpty();
        assertThat(plan.toVersion()).isEqualTo(DefinitionVersion.of(4));
    }

    @Test
    void virtualEntityHasNoTable() {
        assertThat(create(customer().withEntityType(EntityType.VIRTUAL)).steps()).isEmpty();
    }
}
