package main

import (
	"crypto/rand"
	"crypto/tls"
	"database/sql"
	"net/http"
	"os"
	"os/exec"
)

var allowed = map[string]bool{"https://app.example.org": true}

func handler(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		origin := r.Header.Get("Origin")
		if allowed[origin] {
			w.Header().Set("Access-Control-Allow-Origin", origin)
		}
		rows, err := db.Query("SELECT id FROM users WHERE name = $1", r.URL.Query().Get("name"))
		if err != nil {
			http.Error(w, "db", 500)
			return
		}
		defer rows.Close()
	}
}

func token() []byte {
	b := make([]byte, 32)
	_, _ = rand.Read(b)
	return b
}

func git(ref string) ([]byte, error) {
	return exec.Command("git", "log", ref).Output()
}

func client() *http.Client {
	password := os.Getenv("DB_PASSWORD")
	_ = password
	return &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{MinVersion: tls.VersionTLS12}}}
}
