package org.custodian.core.audit.pack;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * One entry under review (an interaction the agent logged), minimised to what the marking points need: which
 * fields were recorded (names, never values), whether the log's parts were written (never the text), consents,
 * disclosures by kind and basis, and the customer's pseudonymous subject key to match access events.
 *
 * @param mandatoryFields fields of the script's mandatory questions that every path through it asks
 * @param recordedFields  fields the customer's record and this interaction hold
 * @param lawfulBasis     the purpose's Art 6 basis as recorded, null when the purpose names none
 */
public record PackEntry(long interactionId, String customerReference, String subjectKey, long agentId, String agentName,
                        Instant startedAt, Instant savedAt, String enquiryType, String scriptId, int scriptVersion,
                        String purposeCode, int purposeVersion, String lawfulBasis, boolean natureRecorded,
                        boolean actionsRecorded, boolean readBack, Set<String> mandatoryFields, Set<String> recordedFields,
                        List<PackConsent> consents, List<PackDisclosure> disclosures) {

    public PackEntry {
        mandatoryFields = Set.copyOf(mandatoryFields);
        recordedFields = Set.copyOf(recordedFields);
        consents = List.copyOf(consents);
        disclosures = List.copyOf(disclosures);
    }
}
