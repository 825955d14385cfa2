package main

import (
	"crypto/tls"
	"fmt"
	"math/rand"
	"net/http"
	"os/exec"
)

func handler(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Access-Control-Allow-Origin", "*")
	name := r.URL.Query().Get("name")
	rows, _ := db.Query("SELECT * FROM users WHERE name = '" + name + "'")
	defer rows.Close()
	out, _ := exec.Command("sh", "-c", "ping -c 1 "+name).Output()
	_ = out
	resp, _ := http.Get(r.URL.Query().Get("url"))
	_ = resp
	otp := fmt.Sprintf("%06d", rand.Intn(1000000))
	_ = otp
	tr := &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}
	_ = tr
}
