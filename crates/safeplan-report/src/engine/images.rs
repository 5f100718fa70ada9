//! Images by name: JPEG passed through as DCT, PNG decoded to 8-bit samples (alpha split off as a
//! soft mask).

use std::collections::BTreeMap;

use super::{Assets, EngineError};

pub enum Pixels {
    /// JPEG bytes as they came, with their colour component count.
    Jpeg { data: Vec<u8>, components: u8 },
    /// 8-bit samples, 1 (grey) or 3 (RGB) per pixel, and an optional 8-bit alpha plane.
    Raw {
        data: Vec<u8>,
        components: u8,
        alpha: Option<Vec<u8>>,
    },
}

pub struct Image {
    pub width: u32,
    pub height: u32,
    pub pixels: Pixels,
}

#[derive(Default)]
pub struct ImageStore {
    pub images: Vec<Image>,
    by_name: BTreeMap<String, usize>,
    names: Vec<String>,
}

impl ImageStore {
    /// Decodes every asset image up front, so a broken one is reported by name before layout.
    pub fn load(assets: &Assets) -> Result<ImageStore, EngineError> {
        let mut store = ImageStore::default();
        for (name, bytes) in &assets.images {
            let img = decode(bytes).map_err(|message| EngineError::Image {
                name: name.clone(),
                message,
            })?;
            store.by_name.insert(name.clone(), store.images.len());
            store.names.push(name.clone());
            store.images.push(img);
        }
        Ok(store)
    }

    pub fn index_of(&self, name: &str) -> Result<usize, EngineError> {
        self.by_name
            .get(name)
            .copied()
            .ok_or_else(|| EngineError::Image {
                name: name.to_string(),
                message: "no image of that name among the assets".into(),
            })
    }

    pub fn size(&self, index: usize) -> (u32, u32) {
        self.images
            .get(index)
            .map_or((1, 1), |i| (i.width.max(1), i.height.max(1)))
    }
}

pub(super) fn decode(bytes: &[u8]) -> Result<Image, String> {
    if bytes.starts_with(&[0xFF, 0xD8]) {
        jpeg(bytes)
    } else if bytes.starts_with(b"\x89PNG") {
        png_image(bytes)
    } else {
        Err("neither PNG nor JPEG".into())
    }
}

/// Reads the frame header for the size and component count; the data stays compressed.
fn jpeg(bytes: &[u8]) -> Result<Image, String> {
    let mut i = 2;
    while i + 4 <= bytes.len() {
        if bytes[i] != 0xFF {
            i += 1;
            continue;
        }
        let marker = bytes[i + 1];
        if marker == 0xFF || marker == 0x01 || (0xD0..=0xD9).contains(&marker) {
            i += 2;
            continue;
        }
        let len = usize::from(u16::from_be_bytes([bytes[i + 2], bytes[i + 3]]));
        let is_frame = matches!(marker, 0xC0..=0xC3 | 0xC5..=0xC7 | 0xC9..=0xCB | 0xCD..=0xCF);
        if is_frame && i + 9 < bytes.len() {
            let height = u32::from(u16::from_be_bytes([bytes[i + 5], bytes[i + 6]]));
            let width = u32::from(u16::from_be_bytes([bytes[i + 7], bytes[i + 8]]));
            let components = bytes[i + 9];
            if width == 0 || height == 0 || !matches!(components, 1 | 3 | 4) {
                return Err("unsupported JPEG frame".into());
            }
            return Ok(Image {
                width,
                height,
                pixels: Pixels::Jpeg {
                    data: bytes.to_vec(),
                    components,
                },
            });
        }
        i += 2 + len;
    }
    Err("no JPEG frame header".into())
}

fn png_image(bytes: &[u8]) -> Result<Image, String> {
    let mut decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    decoder.set_transformations(png::Transformations::EXPAND | png::Transformations::STRIP_16);
    let mut reader = decoder.read_info().map_err(|e| e.to_string())?;
    let (w, h) = {
        let info = reader.info();
        (info.width, info.height)
    };
    if u64::from(w) * u64::from(h) > 40_000_000 {
        return Err("image too large".into());
    }
    let mut buf = vec![0; reader.output_buffer_size()];
    let frame = reader.next_frame(&mut buf).map_err(|e| e.to_string())?;
    buf.truncate(frame.buffer_size());
    let (components, has_alpha) = match frame.color_type {
        png::ColorType::Grayscale => (1u8, false),
        png::ColorType::GrayscaleAlpha => (1, true),
        png::ColorType::Rgb => (3, false),
        png::ColorType::Rgba => (3, true),
        png::ColorType::Indexed => return Err("palette not expanded".into()),
    };
    let (data, alpha) = if has_alpha {
        let stride = usize::from(components) + 1;
        let mut data = Vec::with_capacity(buf.len() / stride * usize::from(components));
        let mut alpha = Vec::with_capacity(buf.len() / stride);
        for px in buf.chunks_exact(stride) {
            data.extend_from_slice(&px[..stride - 1]);
            alpha.push(px[stride - 1]);
        }
        let opaque = alpha.iter().all(|&a| a == 255);
        (data, if opaque { None } else { Some(alpha) })
    } else {
        (buf, None)
    };
    Ok(Image {
        width: w,
        height: h,
        pixels: Pixels::Raw {
            data,
            components,
            alpha,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_jpeg_frame_header_gives_size_and_components() {
        // SOI, an APP0 segment, then a baseline frame header: 8 bit, 40 × 120, 3 components.
        let mut bytes = vec![0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x04, 0x00, 0x00];
        bytes.extend_from_slice(&[0xFF, 0xC0, 0x00, 0x11, 0x08, 0x00, 0x28, 0x00, 0x78, 0x03]);
        bytes.extend_from_slice(&[0; 9]);
        let img = decode(&bytes).expect("jpeg");
        assert_eq!((img.width, img.height), (120, 40));
        assert!(matches!(img.pixels, Pixels::Jpeg { components: 3, .. }));
    }

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        assert!(decode(b"").is_err());
        assert!(decode(&[0xFF, 0xD8, 0xFF]).is_err());
        assert!(decode(b"\x89PNG\r\n\x1a\nbroken").is_err());
    }
}
