package com.voxhub.campaign.job.jdbc;

import java.util.List;

/** PostgreSQL array literals, so a batch of rows can travel as one text[] per column (arrays of arrays cannot). */
final class PgArrays {

    private PgArrays() {
    }

    /** {@code {"a","b"}}: every element quoted, backslashes and quotes escaped; null elements as NULL. */
    static String literal(List<String> values) {
        StringBuilder out = new StringBuilder(values.size() * 16 + 2).append('{');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String v = values.get(i);
            if (v == null) {
                out.append("NULL");
                continue;
            }
            out.append('"');
            for (int c = 0; c < v.length(); c++) {
                char ch = v.charAt(c);
                if (ch == '"' || ch == '\\') {
                    out.append('\\');
                }
                out.append(ch);
            }
            out.append('"');
        }
        return out.append('}').toString();
    }
}
