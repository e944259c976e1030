package com.voxhub.events.compat;

import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;

/**
 * Turns Avro's incompatibility location (a JSON pointer such as {@code /fields/3/type/1/fields/0/type})
 * into the field path a person recognizes ({@code callingWindow.start}).
 */
final class FieldPath {

    private FieldPath() {
    }

    static String of(Schema reader, String location) {
        try {
            List<String> names = new ArrayList<>();
            Schema schema = reader;
            String[] tokens = location.split("/");
            for (int i = 1; i < tokens.length; i++) {
                String token = tokens[i];
                if (token.equals("fields") && i + 1 < tokens.length) {
                    Schema.Field field = schema.getFields().get(Integer.parseInt(tokens[++i]));
                    names.add(field.name());
                    schema = field.schema();
                } else if (token.equals("items")) {
                    schema = schema.getElementType();
                } else if (token.equals("values")) {
                    schema = schema.getValueType();
                } else if (token.chars().allMatch(Character::isDigit) && schema.getType() == Schema.Type.UNION) {
                    schema = schema.getTypes().get(Integer.parseInt(token));
                }
            }
            return names.isEmpty() ? "(record)" : String.join(".", names);
        } catch (RuntimeException unexpectedShape) {
            return location;
        }
    }
}
