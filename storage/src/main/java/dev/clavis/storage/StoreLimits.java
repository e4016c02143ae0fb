package dev.clavis.storage;

/**
 * The limits of the store, checked before anything is written; a value over a limit gives a
 * {@link StoreLimitException}. The column sizes of the schema are the maxima of the defaults:
 * raising a text limit above them needs a migration.
 *
 * @param maxTextLength longest name, object group, owner, grantee or custom attribute value, in
 *     characters (schema: 1024)
 * @param maxCustomAttributeNameLength longest custom attribute name (schema: 255)
 * @param maxValuesPerObject most names, object groups or custom attributes on one object
 * @param maxAttributesBytes largest encoded attribute set
 * @param maxSealedMaterialBytes largest sealed key material
 * @param maxLocateItems the most identifiers one Locate returns when Maximum Items is absent
 *     or larger (KMIP 2.1 §6.1.28 lets the server impose an internal maximum)
 */
public record StoreLimits(
        int maxTextLength,
        int maxCustomAttributeNameLength,
        int maxValuesPerObject,
        int maxAttributesBytes,
        int maxSealedMaterialBytes,
        int maxLocateItems) {

    public static final int DEFAULT_MAX_TEXT_LENGTH = 1024;
    public static final int DEFAULT_MAX_CUSTOM_ATTRIBUTE_NAME_LENGTH = 255;
    public static final int DEFAULT_MAX_VALUES_PER_OBJECT = 64;
    public static final int DEFAULT_MAX_ATTRIBUTES_BYTES = 1 << 20;
    public static final int DEFAULT_MAX_SEALED_MATERIAL_BYTES = 1 << 20;
    public static final int DEFAULT_MAX_LOCATE_ITEMS = 10_000;

    public StoreLimits {
        if (maxTextLength < 1 || maxTextLength > DEFAULT_MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("maxTextLength: " + maxTextLength + " (expected: 1.." + DEFAULT_MAX_TEXT_LENGTH + ")");
        }
        if (maxCustomAttributeNameLength < 3 || maxCustomAttributeNameLength > DEFAULT_MAX_CUSTOM_ATTRIBUTE_NAME_LENGTH) {
            throw new IllegalArgumentException("maxCustomAttributeNameLength: " + maxCustomAttributeNameLength
                    + " (expected: 3.." + DEFAULT_MAX_CUSTOM_ATTRIBUTE_NAME_LENGTH + ")");
        }
        if (maxValuesPerObject < 1 || maxAttributesBytes < 1 || maxSealedMaterialBytes < 1 || maxLocateItems < 1) {
            throw new IllegalArgumentException("limits: " + maxValuesPerObject + ", " + maxAttributesBytes + ", "
                    + maxSealedMaterialBytes + ", " + maxLocateItems + " (expected: all positive)");
        }
    }

    /** The defaults: the {@code DEFAULT_*} constants. */
    public static StoreLimits defaults() {
        return new StoreLimits(DEFAULT_MAX_TEXT_LENGTH, DEFAULT_MAX_CUSTOM_ATTRIBUTE_NAME_LENGTH,
                DEFAULT_MAX_VALUES_PER_OBJECT, DEFAULT_MAX_ATTRIBUTES_BYTES,
                DEFAULT_MAX_SEALED_MATERIAL_BYTES, DEFAULT_MAX_LOCATE_ITEMS);
    }
}
