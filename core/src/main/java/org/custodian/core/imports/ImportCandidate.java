package org.custodian.core.imports;

import java.time.LocalDate;

/**
 * A row whose every field passed intake's validators, in the canonical form intake stores (phone in E.164,
 * email lower-cased, postcode formatted); absent fields are null.
 */
public record ImportCandidate(int row, String fullName, LocalDate dateOfBirth, String phone, String email,
                              String postcode, String address) {
}
