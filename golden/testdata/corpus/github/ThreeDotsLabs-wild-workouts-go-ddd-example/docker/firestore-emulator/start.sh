#!/bin/bash
set -xe

firebase emulators:start
