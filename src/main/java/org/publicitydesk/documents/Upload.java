package org.publicitydesk.documents;

/** A file as received from a form or an API call, before it is checked. */
public record Upload(String field, String filename, String contentType, byte[] bytes) {
}
