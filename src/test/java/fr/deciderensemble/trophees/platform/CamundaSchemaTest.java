package fr.deciderensemble.trophees.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CamundaSchemaTest {

    @Test
    void scriptsSplitIntoStatementsWithoutComments() {
        String script = """
                -- create table
                create table ACT_GE_PROPERTY (
                    NAME_ varchar(64),
                    VALUE_ varchar(300)
                );

                insert into ACT_GE_PROPERTY values ('schema.version', 'fox');
                """;
        assertThat(CamundaSchema.statements(script)).containsExactly(
                "create table ACT_GE_PROPERTY (\n    NAME_ varchar(64),\n    VALUE_ varchar(300)\n)",
                "insert into ACT_GE_PROPERTY values ('schema.version', 'fox')");
    }
}
