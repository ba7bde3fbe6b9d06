package org.custodian.core.gdpr;

/** Marketing consent is asked and recorded per channel (PECR and UK GDPR Art 7). */
public enum MarketingChannel {
    PHONE, EMAIL, POST, SMS
}
