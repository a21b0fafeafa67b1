//! Main memory: a flat little-endian byte array at a physical base address.

/// RAM of a fixed size at `base`.
pub struct Ram {
    base: u64,
    data: Vec<u8>,
}

impl Ram {
    /// Zero-filled RAM of `len` bytes at `base`.
    pub fn new(base: u64, len: u64) -> Ram {
        Ram {
            base,
            data: vec![0; len as usize],
        }
    }

    pub fn base(&self) -> u64 {
        self.base
    }

    pub fn len(&self) -> u64 {
        self.data.len() as u64
    }

    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }

    /// Offset of `[paddr, paddr + size)` in the array, if all of it is RAM.
    #[inline(always)]
    fn offset(&self, paddr: u64, size: u8) -> Option<usize> {
        let off = paddr.wrapping_sub(self.base);
        let len = self.data.len() as u64;
        (off < len && len - off >= size as u64).then_some(off as usize)
    }

    /// Reads `size` bytes (1, 2, 4 or 8) zero-extended, or `None` outside RAM.
    #[inline(always)]
    pub fn read(&self, paddr: u64, size: u8) -> Option<u64> {
        let off = self.offset(paddr, size)?;
        let d = &self.data[off..];
        Some(match size {
            1 => d[0] as u64,
            2 => u16::from_le_bytes([d[0], d[1]]) as u64,
            4 => u32::from_le_bytes(d[..4].try_into().unwrap()) as u64,
            _ => u64::from_le_bytes(d[..8].try_into().unwrap()),
        })
    }

    /// Writes the low `size` bytes of `value`; `false` outside RAM.
    #[inline(always)]
    pub fn write(&mut self, paddr: u64, size: u8, value: u64) -> bool {
        let Some(off) = self.offset(paddr, size) else {
            return false;
        };
        let d = &mut self.data[off..];
        match size {
            1 => d[0] = value as u8,
            2 => d[..2].copy_from_slice(&(value as u16).to_le_bytes()),
            4 => d[..4].copy_from_slice(&(value as u32).to_le_bytes()),
            _ => d[..8].copy_from_slice(&value.to_le_bytes()),
        }
        true
    }

    /// The bytes at `[paddr, paddr + len)`, if all of it is RAM.
    pub fn slice(&self, paddr: u64, len: u64) -> Option<&[u8]> {
        let off = paddr.checked_sub(self.base)?;
        let end = off.checked_add(len)?;
        self.data.get(off as usize..end as usize)
    }

    /// Mutable bytes at `[paddr, paddr + len)`, if all of it is RAM.
    pub fn slice_mut(&mut self, paddr: u64, len: u64) -> Option<&mut [u8]> {
        let off = paddr.checked_sub(self.base)?;
        let end = off.checked_add(len)?;
        self.data.get_mut(off as usize..end as usize)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn little_endian_and_bounds() {
        let mut ram = Ram::new(0x8000_0000, 16);
        assert!(ram.write(0x8000_0001, 4, 0xaabb_ccdd));
        assert_eq!(ram.read(0x8000_0001, 1), Some(0xdd));
        assert_eq!(ram.read(0x8000_0001, 4), Some(0xaabb_ccdd));
        assert_eq!(ram.read(0x8000_0000, 8), Some(0xaabb_ccdd_00));
        assert_eq!(ram.read(0x8000_0009, 8), None);
        assert_eq!(ram.read(0x7fff_ffff, 1), None);
        assert!(!ram.write(0x8000_0010, 1, 0));
        assert_eq!(ram.read(u64::MAX, 8), None);
    }
}
