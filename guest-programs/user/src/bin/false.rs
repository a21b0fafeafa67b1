//! false: exits with status 1, doing nothing.

#![no_std]
#![no_main]

ulib::entry!(main);

fn main() -> i32 {
    1
}
