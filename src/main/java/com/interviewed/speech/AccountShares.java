package com.interviewed.speech;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * How many recognisers each account holds at once, so that one account speaking in many interviews (or a script
 * feeding noise into them) cannot take the whole pool: past its share the account's next utterance is refused while
 * other accounts still find recognisers free.
 */
final class AccountShares {

    private final int perAccount;
    private final ConcurrentHashMap<String, Integer> held = new ConcurrentHashMap<>();

    AccountShares(int perAccount) {
        this.perAccount = perAccount;
    }

    /** True, and counted, if {@code account} may hold one more recogniser; an unnamed account is not limited. */
    boolean tryTake(String account) {
        if (account == null) {
            return true;
        }
        AtomicBoolean taken = new AtomicBoolean();
        held.compute(account, (key, count) -> {
            int now = count == null ? 0 : count;
            if (now >= perAccount) {
                return count;
            }
            taken.set(true);
            return now + 1;
        });
        return taken.get();
    }

    void giveBack(String account) {
        if (account != null) {
            held.computeIfPresent(account, (key, count) -> count <= 1 ? null : count - 1);
        }
    }

    int held(String account) {
        return held.getOrDefault(account, 0);
    }
}
