import os
import pickle
import subprocess

import requests
import yaml
from flask import Flask, request

app = Flask(__name__)
AWS_KEY = "AKIAIOSFODNN7EXAMPLE"


@app.route("/user")
def user():
    cur = db.cursor()
    cur.execute(f"SELECT * FROM users WHERE name = '{request.args['name']}'")
    return cur.fetchall()


@app.route("/run")
def run():
    subprocess.run(f"tar xzf {request.args['file']}", shell=True)
    os.system("rm -rf " + request.args["dir"])


@app.route("/load", methods=["POST"])
def load():
    cfg = yaml.load(request.data)
    obj = pickle.loads(request.data)
    return str(cfg) + str(obj)


@app.route("/proxy")
def proxy():
    return requests.get(request.args["url"], verify=False).text


@app.route("/calc")
def calc():
    return str(eval(request.args["expr"]))
