package app;

import java.io.ObjectInputStream;
import java.net.URL;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Random;
import javax.servlet.http.HttpServletRequest;

@CrossOrigin("*")
public class AccountController {
    private static final String SMTP_PASSWORD = "Tr0ub4dor&3-horse-staple";

    public ResultSet find(Connection connection, HttpServletRequest request) throws Exception {
        String name = request.getParameter("name");
        String sql = "SELECT * FROM accounts WHERE name = '" + name + "'";
        return connection.createStatement().executeQuery(sql);
    }

    public Object restore(HttpServletRequest request) throws Exception {
        ObjectInputStream in = new ObjectInputStream(request.getInputStream());
        return in.readObject();
    }

    public byte[] hash(String password) throws Exception {
        MessageDigest md = MessageDigest.getInstance("MD5");
        return md.digest(password.getBytes());
    }

    public String resetToken() {
        String token = Long.toHexString(new Random().nextLong());
        return token;
    }

    public Object fetch(HttpServletRequest request) throws Exception {
        return new URL(request.getParameter("url")).openConnection().getContent();
    }

    public Process ping(String host) throws Exception {
        return Runtime.getRuntime().exec("ping -c 1 " + host);
    }
}
