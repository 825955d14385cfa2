import os
import secrets
import subprocess

import requests
import yaml
from flask import Flask, request
from flask_cors import CORS

app = Flask(__name__)
CORS(app, origins=["https://app.example.org"])

DB_PASSWORD = os.environ["DB_PASSWORD"]
API_TOKEN = os.getenv("API_TOKEN", "changeme")
SECRET_KEY = "<your-secret-key>"
ALLOWED_HOSTS = {"api.partner.example.org"}


def find_user(conn, name):
    cur = conn.cursor()
    cur.execute("SELECT id, name FROM users WHERE name = %s", (name,))
    return cur.fetchone()


def load_config(path):
    with open(path) as stream:
        return yaml.safe_load(stream)


def new_token():
    return secrets.token_urlsafe(32)


def archive(path):
    subprocess.run(["tar", "czf", "/tmp/out.tgz", path], check=True)


def partner_status():
    return requests.get("https://api.partner.example.org/status", timeout=5)


@app.route("/preview")
def preview():
    item = request.args.get("id")
    return requests.get("https://api.partner.example.org/items", params={"id": item}, timeout=5).json()
