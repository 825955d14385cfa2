const express = require('express');
const cors = require('cors');
const { exec } = require('child_process');

const app = express();
app.use(cors());

app.get('/users', async (req, res) => {
  const rows = await pool.query(`SELECT * FROM users WHERE email = '${req.query.email}'`);
  res.json(rows);
});

app.get('/thumb', (req, res) => {
  exec(`convert ${req.query.file} out.png`, () => res.end());
});

app.get('/proxy', async (req, res) => {
  const upstream = await fetch(req.query.url);
  res.send(await upstream.text());
});

const agent = new https.Agent({ rejectUnauthorized: false });
const sessionId = Math.random().toString(36).slice(2);
const result = eval(req.body.expr);
