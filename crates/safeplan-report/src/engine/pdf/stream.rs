//! A page's content stream written straight to bytes. Going through printpdf's `Op`s cost a
//! heap object per operand (a `String` per glyph for its text, a lopdf `Object` per number) and
//! `core::fmt` for every number; a cold export spent half its time there. The bytes are the
//! ones printpdf and lopdf wrote for the same operations (operands each followed by a space,
//! operations one a line, reals as Rust prints an `f32`, names and strings escaped as lopdf
//! escapes them), so the PDFs did not change when this replaced them.

/// An operator's operands are written first, then the operator; operations are separated by a
/// line break, with none after the last.
#[derive(Default)]
pub struct ContentStream {
    buf: Vec<u8>,
    /// An operation was written and the next one must start on a new line.
    pending_break: bool,
}

const HEX: &[u8; 16] = b"0123456789ABCDEF";

impl ContentStream {
    pub fn with_capacity(bytes: usize) -> ContentStream {
        ContentStream {
            buf: Vec::with_capacity(bytes),
            pending_break: false,
        }
    }

    pub fn into_bytes(self) -> Vec<u8> {
        self.buf
    }

    fn start(&mut self) {
        if std::mem::take(&mut self.pending_break) {
            self.buf.push(b'\n');
        }
    }

    pub fn op(&mut self, operator: &str) {
        self.start();
        self.buf.extend_from_slice(operator.as_bytes());
        self.pending_break = true;
    }

    /// Operations written before into a stream of their own (the watermark, drawn the same on
    /// every page).
    pub fn ops_from(&mut self, other: &ContentStream) {
        if other.buf.is_empty() {
            return;
        }
        self.start();
        self.buf.extend_from_slice(&other.buf);
        self.pending_break = true;
    }

    pub fn real(&mut self, v: f32) -> &mut Self {
        self.start();
        write_real(&mut self.buf, v);
        self.buf.push(b' ');
        self
    }

    pub fn reals(&mut self, vs: &[f32]) -> &mut Self {
        for &v in vs {
            self.real(v);
        }
        self
    }

    pub fn int(&mut self, v: i64) -> &mut Self {
        self.start();
        self.buf
            .extend_from_slice(itoa::Buffer::new().format(v).as_bytes());
        self.buf.push(b' ');
        self
    }

    pub fn name(&mut self, name: &str) -> &mut Self {
        self.start();
        write_name(&mut self.buf, name.as_bytes());
        self.buf.push(b' ');
        self
    }

    /// `<</key value>>` with one integer or hex-string entry: the properties of marked content.
    pub fn dict_entry(&mut self, key: &str, value: DictValue<'_>) -> &mut Self {
        self.start();
        self.buf.extend_from_slice(b"<<");
        write_name(&mut self.buf, key.as_bytes());
        match value {
            DictValue::Int(i) => {
                self.buf.push(b' ');
                self.buf
                    .extend_from_slice(itoa::Buffer::new().format(i).as_bytes());
            }
            DictValue::Hex(bytes) => write_hex(&mut self.buf, bytes),
        }
        self.buf.extend_from_slice(b">>");
        self.buf.push(b' ');
        self
    }

    /// A `[…]` operand of reals.
    pub fn real_array(&mut self, vs: &[f32]) -> &mut Self {
        self.start();
        self.buf.push(b'[');
        for (i, &v) in vs.iter().enumerate() {
            if i > 0 {
                self.buf.push(b' ');
            }
            write_real(&mut self.buf, v);
        }
        self.buf.extend_from_slice(b"] ");
        self
    }

    /// A TJ operand: each glyph id as a two-byte hex string, each non-zero offset as a real
    /// after its glyph.
    pub fn glyph_array(&mut self, glyphs: impl Iterator<Item = (u16, f32)>) -> &mut Self {
        self.start();
        self.buf.push(b'[');
        for (gid, offset) in glyphs {
            write_hex(&mut self.buf, &gid.to_be_bytes());
            if offset != 0.0 {
                self.buf.push(b' ');
                write_real(&mut self.buf, offset);
            }
        }
        self.buf.extend_from_slice(b"] ");
        self
    }
}

pub enum DictValue<'a> {
    Int(i64),
    Hex(&'a [u8]),
}

fn write_hex(out: &mut Vec<u8>, bytes: &[u8]) {
    out.push(b'<');
    for &b in bytes {
        out.push(HEX[usize::from(b >> 4)]);
        out.push(HEX[usize::from(b & 15)]);
    }
    out.push(b'>');
}

/// As lopdf writes a name: white space, delimiters and bytes outside `!`..`~` as `#XX`.
fn write_name(out: &mut Vec<u8>, name: &[u8]) {
    out.push(b'/');
    for &b in name {
        if b" \t\n\r\x0C()<>[]{}/%#".contains(&b) || !(33..=126).contains(&b) {
            out.push(b'#');
            out.push(HEX[usize::from(b >> 4)]);
            out.push(HEX[usize::from(b & 15)]);
        } else {
            out.push(b);
        }
    }
}

/// `v` as `format!("{v}")` writes it (the shortest decimal that reads back as `v`, never with
/// an exponent: "12.5", "-0", "0.0000001"), without going through `core::fmt`: whole numbers
/// through itoa, the rest through ryu's shortest digits, laid out again where ryu would use
/// an exponent or a trailing ".0". Where two shortest decimals are equally near, ryu rounds the
/// last digit to even and Rust up; that takes a value too large for its fraction to matter,
/// far from any coordinate on a page.
pub fn write_real(out: &mut Vec<u8>, v: f32) {
    if !v.is_finite() {
        out.extend_from_slice(format!("{v}").as_bytes());
        return;
    }
    if v == v.trunc() && v.abs() < 16_777_216.0 {
        if v == 0.0 && v.is_sign_negative() {
            out.extend_from_slice(b"-0");
        } else {
            out.extend_from_slice(itoa::Buffer::new().format(v as i32).as_bytes());
        }
        return;
    }
    let mut buf = ryu::Buffer::new();
    let s = buf.format_finite(v).as_bytes();
    let Some(e) = s.iter().position(|&b| b == b'e') else {
        out.extend_from_slice(s.strip_suffix(b".0").unwrap_or(s));
        return;
    };
    // "d.ddde-7" or "de30": the digits, and where the decimal point goes among them.
    let (mantissa, exponent) = (&s[..e], &s[e + 1..]);
    let exponent: i32 = std::str::from_utf8(exponent)
        .ok()
        .and_then(|x| x.parse().ok())
        .unwrap_or(0);
    let (negative, mantissa) = match mantissa.strip_prefix(b"-") {
        Some(m) => (true, m),
        None => (false, mantissa),
    };
    let digits: Vec<u8> = mantissa.iter().copied().filter(|&b| b != b'.').collect();
    let point = 1 + exponent;
    if negative {
        out.push(b'-');
    }
    if point <= 0 {
        out.extend_from_slice(b"0.");
        out.extend(std::iter::repeat_n(b'0', (-point) as usize));
        out.extend_from_slice(&digits);
    } else if point as usize >= digits.len() {
        out.extend_from_slice(&digits);
        out.extend(std::iter::repeat_n(b'0', point as usize - digits.len()));
    } else {
        out.extend_from_slice(&digits[..point as usize]);
        out.push(b'.');
        out.extend_from_slice(&digits[point as usize..]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn real(v: f32) -> String {
        let mut out = Vec::new();
        write_real(&mut out, v);
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn reals_are_written_as_rust_displays_them() {
        let special = [
            0.0f32,
            -0.0,
            1.0,
            -1.0,
            0.5,
            12.35,
            -841.89,
            595.28,
            1e-7,
            -1.5e-6,
            1e-45,
            f32::MIN_POSITIVE,
            f32::MAX,
            f32::MIN,
            16_777_216.0,
            16_777_217.0,
            1e13,
            1.2345e14,
            123_456_790.0,
            0.1 + 0.2,
        ];
        for v in special {
            assert_eq!(real(v), format!("{v}"), "{v:?}");
        }
        // Every value a coordinate rounded to two or four decimals can take on a page and
        // well beyond, in the f32 the engine rounds them to.
        for k in -2_000_000i32..2_000_000 {
            for v in [
                ((f64::from(k) / 100.0) as f32),
                ((f64::from(k) / 10_000.0) as f32),
            ] {
                assert_eq!(real(v), format!("{v}"), "{v:?}");
            }
        }
        // Across the whole range (every exponent, scattered mantissas): the same length as
        // Rust's, plain decimal, reading back as the same value. The digits may differ in the
        // last place where two shortest decimals are equally near (-2110626.25 is "-2110626.2"
        // here, "-2110626.3" in Rust): only far outside the coordinates of a page.
        let mut x: u32 = 0x9E37_79B9;
        for _ in 0..400_000 {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            let v = f32::from_bits(x);
            if !v.is_finite() {
                continue;
            }
            let (ours, rust) = (real(v), format!("{v}"));
            assert_eq!(ours.len(), rust.len(), "{v:?} ({x:#x}): {ours}");
            assert!(!ours.contains('e'), "{v:?} ({x:#x}): {ours}");
            assert_eq!(ours.parse::<f32>().unwrap().to_bits(), x, "{ours}");
        }
    }

    #[test]
    fn operations_are_laid_out_as_lopdf_encodes_them() {
        let mut s = ContentStream::default();
        s.op("q");
        s.name("P").dict_entry("MCID", DictValue::Int(3)).op("BDC");
        s.real(1.0)
            .real(0.0)
            .real(0.0)
            .real(1.0)
            .real(56.69)
            .real(-0.5)
            .op("Tm");
        s.glyph_array([(0x12, 0.0), (0x1a3, -12.5), (7, 0.0)].into_iter())
            .op("TJ");
        s.real_array(&[0.0, 2.5]).real(0.0).op("d");
        s.name("Span")
            .dict_entry("ActualText", DictValue::Hex(&[0xfe, 0xff, 0, b'a']))
            .op("BDC");
        s.name("a b").op("BMC");
        s.op("Q");
        assert_eq!(
            String::from_utf8(s.into_bytes()).unwrap(),
            "q\n/P <</MCID 3>> BDC\n1 0 0 1 56.69 -0.5 Tm\n[<0012><01A3> -12.5<0007>] TJ\n\
             [0 2.5] 0 d\n/Span <</ActualText<FEFF0061>>> BDC\n/a#20b BMC\nQ"
        );
    }
}
