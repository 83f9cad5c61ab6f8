//! The drivers of `cargo xtask compare-exports`, one per language: each reads a list of
//! data files, decodes each with the generated types and re-encodes it, and prints
//! `OK\tpath\tjson` or `ERR\tpath\treason` (the format of `factum export roundtrip`'s
//! drivers). `IMPORT` and `ROUNDTRIP` are filled in per generator (see `tools.rs`).

pub const TS_DRIVER: &str = r#"// Decodes and re-encodes each listed file with the generated types.
declare function require(name: string): any;
declare const process: { argv: string[] };
IMPORT
const fs = require("fs");
const list: string[] = fs.readFileSync(process.argv[2], "utf8").split("\n").filter((l: string) => l.length > 0);
for (const f of list) {
  try {
    const text: string = fs.readFileSync(f, "utf8");
    const out: string = ROUNDTRIP;
    console.log("OK\t" + f + "\t" + out.replace(/\n/g, " "));
  } catch (e) {
    console.log("ERR\t" + f + "\t" + String(e).split("\n")[0]);
  }
}
"#;

pub const PY_DRIVER: &str = r#""""Decodes and re-encodes each listed file with the generated types."""
import json
import sys

IMPORT

for f in [l for l in open(sys.argv[1]).read().split("\n") if l]:
    try:
        text = open(f).read()
        out = ROUNDTRIP
        print("OK\t" + f + "\t" + out.replace("\n", " "))
    except Exception as e:
        print("ERR\t" + f + "\t" + (str(e).splitlines() or [type(e).__name__])[0])
"#;

pub const GO_DRIVER: &str = r#"// Decodes and re-encodes each listed file with the generated types.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"compare/gen"
)

var _ = json.Valid

func roundtrip(text []byte) (out []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	ROUNDTRIP
}

func main() {
	list, err := os.ReadFile(os.Args[1])
	if err != nil {
		panic(err)
	}
	for _, f := range strings.Split(string(list), "\n") {
		if f == "" {
			continue
		}
		text, err := os.ReadFile(f)
		if err != nil {
			panic(err)
		}
		out, err := roundtrip(text)
		if err != nil {
			fmt.Printf("ERR\t%s\t%s\n", f, strings.Split(err.Error(), "\n")[0])
		} else {
			fmt.Printf("OK\t%s\t%s\n", f, strings.ReplaceAll(string(out), "\n", " "))
		}
	}
}
"#;

pub const JAVA_DRIVER: &str = r#"// Decodes and re-encodes each listed file with the generated types.
import java.nio.file.Files;
import java.nio.file.Path;

public class Driver {
    public static void main(String[] args) throws Exception {
        for (String f : Files.readString(Path.of(args[0])).split("\n")) {
            if (f.isEmpty()) continue;
            try {
                String text = Files.readString(Path.of(f));
                String out = ROUNDTRIP;
                System.out.println("OK\t" + f + "\t" + out.replace("\n", " "));
            } catch (Throwable e) {
                String m = String.valueOf(e.getMessage());
                System.out.println("ERR\t" + f + "\t" + e.getClass().getSimpleName() + ": " + m.split("\n")[0]);
            }
        }
    }
}
"#;
