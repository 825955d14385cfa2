# fixtures with fake keys live in test paths
FAKE_KEY = "AKIAIOSFODNN7EXAMPLE"
FAKE_PASSWORD = "Tr0ub4dor&3-horse-staple"
