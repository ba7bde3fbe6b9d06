package org.custodian.core.crypto;

/**
 * Argon2id cost parameters, stored with every key slot so they can be raised later without breaking old slots.
 *
 * @param memoryKiB   memory in KiB (at least 19 MiB, OWASP's floor for Argon2id)
 * @param iterations  passes over memory (at least 2)
 * @param parallelism lanes (at least 1)
 */
public record Argon2Params(int memoryKiB, int iterations, int parallelism) {

    private static final int MIN_MEMORY_KIB = 19 * 1024;

    public static final Argon2Params MINIMUM = new Argon2Params(19 * 1024, 2, 1);

    /**
     * The parameters new slots get: RFC 9106's second recommendation (64 MiB, 3 passes) with one lane, well
     * above the floor, and still inside the 0.7 s unlock budget on a 2-core machine (the benchmark's
     * unlock_ms_median; docs/decisions/0002-keys-and-key-ring.md).
     */
    public static final Argon2Params DEFAULT = new Argon2Params(64 * 1024, 3, 1);

    public Argon2Params {
        if (memoryKiB < MIN_MEMORY_KIB || iterations < 2 || parallelism < 1) {
            throw new IllegalArgumentException("Argon2id parameters below the minimum (m=19 MiB, t=2, p=1)");
        }
        if (memoryKiB > 4 * 1024 * 1024 || iterations > 100 || parallelism > 16) {
            throw new IllegalArgumentException("Argon2id parameters out of range");
        }
    }
}
