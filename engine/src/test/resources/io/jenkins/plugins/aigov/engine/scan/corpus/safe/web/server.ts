import express from "express";
import cors from "cors";
import crypto from "node:crypto";
import { execFile } from "node:child_process";

const app = express();
app.use(cors({ origin: ["https://app.example.org"], credentials: true }));

const apiKey = process.env.API_KEY;
const placeholder = "<your-api-key>";

app.get("/users", async (req, res) => {
  const rows = await pool.query("SELECT id, name FROM users WHERE email = $1", [req.query.email]);
  res.json(rows);
});

app.get("/token", (_req, res) => {
  res.json({ token: crypto.randomBytes(32).toString("hex"), id: crypto.randomUUID() });
});

app.get("/thumb", (req, res) => {
  execFile("convert", [String(req.query.file), "out.png"], () => res.end());
});

app.get("/item", async (req, res) => {
  const upstream = await fetch(`${API_BASE}/items/${encodeURIComponent(String(req.query.id))}`);
  res.json(await upstream.json());
});

const data = JSON.parse(body);
const jitter = Math.random() * 100;
