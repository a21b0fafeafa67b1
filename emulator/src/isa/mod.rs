//! The instruction set: encodings (`table`), decoding of 32-bit (`decode`)
//! and 16-bit compressed (`compressed`) instructions.

pub mod class;
pub mod compressed;
pub mod decode;
pub mod table;

pub use class::InstClass;
pub use decode::{decode, decode32, Inst};
pub use table::{Format, Op, TABLE};
