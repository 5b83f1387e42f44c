/* A C library header, declared with C linkage by its C++ includers. */
int clib_version(void);
