import fs from 'fs';
import { readFile } from "node:fs/promises";
import React, { useState } from 'react';
import type { Config } from '@acme/config/types';
import {
  map,
  filter,
} from 'lodash/fp';
import './styles.css';
import helper from '../lib/helper';
import alias from '@/components/Button';
export { default as Button } from '@acme/ui';
export * from 'zod';
// import commented from 'commented-out';
/* const nope = require('block-commented'); */
const express = require('express');
const lazy = await import('chart.js/auto');
const path = require("path");
const legacy = obj.require('not-a-require');
