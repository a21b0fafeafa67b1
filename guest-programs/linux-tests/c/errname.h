/* errname.h: the name of errno, for test programs that print which error a
 * call gave ("EINVAL") so that their output can be compared with Linux's,
 * under qemu-riscv64, and with a model. Unlisted errors print "other". */
#ifndef ERRNAME_H
#define ERRNAME_H

#include <errno.h>

static const char *errno_name(void)
{
    switch (errno) {
    case EINVAL: return "EINVAL";
    case ENOMEM: return "ENOMEM";
    case EACCES: return "EACCES";
    case EEXIST: return "EEXIST";
    case EPERM: return "EPERM";
    case EFAULT: return "EFAULT";
    case EBADF: return "EBADF";
    case ENODEV: return "ENODEV";
    case ENOSYS: return "ENOSYS";
    default: return "other";
    }
}

#endif
