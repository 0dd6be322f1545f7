package com.acme.crm.convert;

public record EmailAddress(String value) {
}
