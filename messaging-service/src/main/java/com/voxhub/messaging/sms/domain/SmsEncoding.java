package com.voxhub.messaging.sms.domain;

/** How an SMS body travels: GSM 03.38 7-bit when every character fits, UCS-2 otherwise. */
public enum SmsEncoding {
    GSM7(160, 153),
    UCS2(70, 67);

    private final int singleSegmentCapacity;
    private final int multipartSegmentCapacity;

    SmsEncoding(int singleSegmentCapacity, int multipartSegmentCapacity) {
        this.singleSegmentCapacity = singleSegmentCapacity;
        this.multipartSegmentCapacity = multipartSegmentCapacity;
    }

    /** Units (septets or UTF-16 code units) that fit in a message sent as one segment. */
    public int singleSegmentCapacity() {
        return singleSegmentCapacity;
    }

    /** Units per segment once a message is split: the rest of the 140 bytes carries the concatenation header. */
    public int multipartSegmentCapacity() {
        return multipartSegmentCapacity;
    }
}
