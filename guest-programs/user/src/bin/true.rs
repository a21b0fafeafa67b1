//! true: exits with status 0, doing nothing.

#![no_std]
#![no_main]

ulib::entry!(main);

fn main() -> i32 {
    0
}
