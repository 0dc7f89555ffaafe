package org.resetlens.dissect;

import java.util.Map;

/** NT status codes by the names Wireshark's SMB and SMB2 dissectors show in Info ("STATUS_ACCESS_DENIED"). */
public final class NtStatus {
    private static final Map<Long, String> NAMES = Map.ofEntries(
            Map.entry(0x00000000L, "STATUS_SUCCESS"),
            Map.entry(0x00000103L, "STATUS_PENDING"),
            Map.entry(0x0000010cL, "STATUS_NOTIFY_ENUM_DIR"),
            Map.entry(0x80000005L, "STATUS_BUFFER_OVERFLOW"),
            Map.entry(0x80000006L, "STATUS_NO_MORE_FILES"),
            Map.entry(0xc0000005L, "STATUS_ACCESS_VIOLATION"),
            Map.entry(0xc0000008L, "STATUS_INVALID_HANDLE"),
            Map.entry(0xc000000dL, "STATUS_INVALID_PARAMETER"),
            Map.entry(0xc0000010L, "STATUS_INVALID_DEVICE_REQUEST"),
            Map.entry(0xc0000011L, "STATUS_END_OF_FILE"),
            Map.entry(0xc0000016L, "STATUS_MORE_PROCESSING_REQUIRED"),
            Map.entry(0xc0000022L, "STATUS_ACCESS_DENIED"),
            Map.entry(0xc0000023L, "STATUS_BUFFER_TOO_SMALL"),
            Map.entry(0xc0000033L, "STATUS_OBJECT_NAME_INVALID"),
            Map.entry(0xc0000034L, "STATUS_OBJECT_NAME_NOT_FOUND"),
            Map.entry(0xc0000035L, "STATUS_OBJECT_NAME_COLLISION"),
            Map.entry(0xc000003aL, "STATUS_OBJECT_PATH_NOT_FOUND"),
            Map.entry(0xc0000043L, "STATUS_SHARING_VIOLATION"),
            Map.entry(0xc0000064L, "STATUS_NO_SUCH_USER"),
            Map.entry(0xc000006aL, "STATUS_WRONG_PASSWORD"),
            Map.entry(0xc000006dL, "STATUS_LOGON_FAILURE"),
            Map.entry(0xc0000071L, "STATUS_PASSWORD_EXPIRED"),
            Map.entry(0xc0000072L, "STATUS_ACCOUNT_DISABLED"),
            Map.entry(0xc000009aL, "STATUS_INSUFFICIENT_RESOURCES"),
            Map.entry(0xc00000baL, "STATUS_FILE_IS_A_DIRECTORY"),
            Map.entry(0xc00000bbL, "STATUS_NOT_SUPPORTED"),
            Map.entry(0xc00000c9L, "STATUS_NETWORK_NAME_DELETED"),
            Map.entry(0xc00000ccL, "STATUS_BAD_NETWORK_NAME"),
            Map.entry(0xc0000101L, "STATUS_DIRECTORY_NOT_EMPTY"),
            Map.entry(0xc0000103L, "STATUS_NOT_A_DIRECTORY"),
            Map.entry(0xc0000120L, "STATUS_CANCELLED"),
            Map.entry(0xc0000128L, "STATUS_FILE_CLOSED"),
            Map.entry(0xc000015bL, "STATUS_LOGON_TYPE_NOT_GRANTED"),
            Map.entry(0xc000019cL, "STATUS_FS_DRIVER_REQUIRED"),
            Map.entry(0xc0000203L, "STATUS_USER_SESSION_DELETED"),
            Map.entry(0xc000020cL, "STATUS_CONNECTION_DISCONNECTED"),
            Map.entry(0xc0000225L, "STATUS_NOT_FOUND"),
            Map.entry(0xc0000234L, "STATUS_ACCOUNT_LOCKED_OUT"),
            Map.entry(0xc000035cL, "STATUS_NETWORK_SESSION_EXPIRED"));

    private NtStatus() { }

    /** The status name, or "Unknown (0x...)" as Wireshark prints unnamed codes. */
    public static String name(long status) {
        String n = NAMES.get(status);
        return n != null ? n : "Unknown (" + FieldFormatter.hexNumber(status, 8) + ")";
    }
}
