package org.openar.collections.domain;

import java.util.UUID;

/** Who a communication goes to: the contact (null for a letter to the company), its address and language. */
public record ContactChoice(UUID contactId, String name, String address, String language) {}
