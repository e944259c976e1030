package com.voxhub.campaign.account.jdbc;

import com.voxhub.campaign.account.domain.Account;
import com.voxhub.campaign.account.domain.Accounts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcAccounts implements Accounts {

    private static final String COLUMNS = "id, login, name, credit_balance_minor, created_at";

    private final JdbcClient jdbc;

    JdbcAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Account create(String login, String name) {
        return jdbc.sql("insert into account (login, name) values (?, ?) returning " + COLUMNS)
                .params(login, name)
                .query(JdbcAccounts::map)
                .single();
    }

    @Override
    public Optional<Account> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from account where id = ?").param(id).query(JdbcAccounts::map).optional();
    }

    @Override
    public Optional<Account> findByLogin(String login) {
        return jdbc.sql("select " + COLUMNS + " from account where login = ?").param(login).query(JdbcAccounts::map).optional();
    }

    private static Account map(ResultSet rs, int row) throws SQLException {
        return new Account(rs.getLong("id"), rs.getString("login"), rs.getString("name"),
                rs.getLong("credit_balance_minor"), rs.getTimestamp("created_at").toInstant());
    }
}
