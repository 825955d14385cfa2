package app;

class FixturesTest {
    // fake credentials for the parser tests; test code is not scanned for secrets
    static final String ACCESS_KEY = "AKIAIOSFODNN7EXAMPLE";
    static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    static final String TOKEN = "ghp_FAKEfakeFAKEfake00000000000000000000";
    static final String PASSWORD = "Tr0ub4dor&3-horse-staple";
}
