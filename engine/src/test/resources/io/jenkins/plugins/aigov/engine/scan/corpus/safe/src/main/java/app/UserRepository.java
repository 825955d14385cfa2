package app;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import javax.crypto.Cipher;

import org.springframework.web.bind.annotation.CrossOrigin;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Looks users up with bound parameters. */
@CrossOrigin(origins = {"https://app.example.org", "https://admin.example.org"})
public class UserRepository {
    private static final String TABLE = "users";
    private static final String FIND = "SELECT id, name FROM " + TABLE + " WHERE name = ?";
    private static final SecureRandom RANDOM = new SecureRandom();
    private final String password = System.getenv("DB_PASSWORD");

    public ResultSet find(Connection connection, String name) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(FIND);
        statement.setString(1, name);
        return statement.executeQuery();
    }

    public int count(Connection connection) throws SQLException {
        String sql = "SELECT count(*) FROM " + TABLE;
        return connection.createStatement().executeQuery(sql).getInt(1);
    }

    public void search(Connection connection, String term, boolean active) throws SQLException {
        String sql = "SELECT id FROM users WHERE name LIKE ?";
        if (active) {
            sql += " AND active = true";
        }
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setString(1, "%" + term + "%");
        statement.executeQuery();
    }

    public String resetToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().encodeToString(bytes);
    }

    public Cipher cipher() throws Exception {
        return Cipher.getInstance("AES/GCM/NoPadding");
    }

    public Object config(String text) {
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
    }
}
