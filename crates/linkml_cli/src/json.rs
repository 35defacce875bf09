//! A small streaming JSON writer, laid out as Python's `json.dumps(indent=1)`.
//!
//! Building a `serde_json::Value` tree for biolink-model took a third of the run time; writing
//! straight into one buffer does not allocate per value.

use std::fmt::Write;

pub struct JsonWriter {
    out: String,
    depth: usize,
    /// Whether the current container already holds a value (a comma is due before the next).
    has_item: Vec<bool>,
    /// A key was just written, so the next value goes on its line.
    pending_value: bool,
}

impl JsonWriter {
    pub fn new() -> Self {
        JsonWriter {
            out: String::new(),
            depth: 0,
            has_item: Vec::new(),
            pending_value: false,
        }
    }

    pub fn finish(mut self) -> String {
        self.out.push('\n');
        self.out
    }

    fn newline(&mut self) {
        const SPACES: &str = "                                ";
        self.out.push('\n');
        let mut left = self.depth;
        while left > 0 {
            let step = left.min(SPACES.len());
            self.out.push_str(&SPACES[..step]);
            left -= step;
        }
    }

    /// Starts a value inside the current container: comma and indentation as needed.
    fn item(&mut self) {
        if let Some(has_item) = self.has_item.last_mut() {
            if *has_item {
                self.out.push(',');
            }
            *has_item = true;
            self.newline();
        }
    }

    fn open(&mut self, bracket: char) {
        self.value_start();
        self.out.push(bracket);
        self.depth += 1;
        self.has_item.push(false);
    }

    fn close(&mut self, bracket: char) {
        self.depth -= 1;
        if self.has_item.pop() == Some(true) {
            self.newline();
        }
        self.out.push(bracket);
    }

    pub fn begin_object(&mut self) {
        self.open('{');
    }

    pub fn end_object(&mut self) {
        self.close('}');
    }

    pub fn begin_array(&mut self) {
        self.open('[');
    }

    pub fn end_array(&mut self) {
        self.close(']');
    }

    /// Writes `"key": ` inside an object; the value written next belongs to it.
    pub fn key(&mut self, key: &str) {
        self.item();
        self.string_literal(key);
        self.out.push_str(": ");
        self.pending_value = true;
    }

    pub fn string(&mut self, value: &str) {
        self.value_start();
        self.string_literal(value);
    }

    pub fn opt_string(&mut self, value: Option<&str>) {
        match value {
            Some(value) => self.string(value),
            None => self.raw("null"),
        }
    }

    pub fn bool(&mut self, value: bool) {
        self.raw(if value { "true" } else { "false" });
    }

    pub fn strings<'s>(&mut self, values: impl IntoIterator<Item = &'s str>) {
        self.begin_array();
        for value in values {
            self.string(value);
        }
        self.end_array();
    }

    pub fn field_str(&mut self, key: &str, value: Option<&str>) {
        self.key(key);
        self.opt_string(value);
    }

    pub fn field_bool(&mut self, key: &str, value: bool) {
        self.key(key);
        self.bool(value);
    }

    fn raw(&mut self, text: &str) {
        self.value_start();
        self.out.push_str(text);
    }

    fn value_start(&mut self) {
        if !std::mem::take(&mut self.pending_value) {
            self.item();
        }
    }

    fn string_literal(&mut self, value: &str) {
        self.out.push('"');
        if value
            .bytes()
            .all(|b| (b' '..=b'~').contains(&b) && b != b'"' && b != b'\\')
        {
            self.out.push_str(value);
            self.out.push('"');
            return;
        }
        for c in value.chars() {
            match c {
                '"' => self.out.push_str("\\\""),
                '\\' => self.out.push_str("\\\\"),
                '\n' => self.out.push_str("\\n"),
                '\r' => self.out.push_str("\\r"),
                '\t' => self.out.push_str("\\t"),
                '\u{8}' => self.out.push_str("\\b"),
                '\u{c}' => self.out.push_str("\\f"),
                c if c.is_ascii() && !c.is_ascii_control() => self.out.push(c),
                // Python's `ensure_ascii`: everything else as UTF-16 escapes.
                c => {
                    let mut units = [0u16; 2];
                    for unit in c.encode_utf16(&mut units) {
                        let _ = write!(self.out, "\\u{unit:04x}");
                    }
                }
            }
        }
        self.out.push('"');
    }
}
