package org.publicitydesk.documents.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code publicity.documents.*}: size limits of uploads. The unpacked size of a .docx is bounded too (zip bombs).
 */
@ConfigurationProperties("publicity.documents")
record DocumentProperties(
    @DefaultValue("10MB") DataSize maxWordSize,
    @DefaultValue("5MB") DataSize maxPhotoSize,
    @DefaultValue("100MB") DataSize maxUnpackedEntrySize,
    @DefaultValue("12000") int maxPhotoPixelsPerSide,
    @DefaultValue("20MB") DataSize maxMaterialSize) {
}
