/**
 * How the W3C Nu HTML Checker's JVM is started. A check of the whole site is
 * a short run: with the quick compiler only and one garbage-collector thread
 * it needs about half the CPU time (13 s instead of 23 s for 938 pages here),
 * which the browser tests running beside it get instead. The quick compiler's
 * frames are larger, so the checker's deep recursion needs a larger stack.
 */
export const VNU_JAVA_FLAGS = ['-Xss4m', '-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'];
