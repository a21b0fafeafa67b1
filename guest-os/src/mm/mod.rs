//! Memory: physical frames, the kernel heap, Sv39 page tables, the kernel's
//! own address space and each process's.

pub mod addr_space;
pub mod address;
pub mod asid;
pub mod frame;
pub mod heap;
pub mod kernel_space;
pub mod kstack;
pub mod layout;
pub mod page_table;
pub mod shootdown;
pub mod uaccess;
