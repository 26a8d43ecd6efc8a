package com.interviewed.interviewer;

import com.interviewed.questions.QuestionBank;
import com.interviewed.questions.Role;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Role ids in words for greetings: the question bank's title when there is a bank ("Backend engineer" → "backend
 * engineer"), otherwise the id with its dashes turned into spaces.
 */
final class RoleTitles implements Function<String, String> {

    private final Supplier<QuestionBank> bank;

    /** @param bank asked on use (the bank loads its data files on its own schedule); may supply {@code null} */
    RoleTitles(Supplier<QuestionBank> bank) {
        this.bank = bank;
    }

    @Override
    public String apply(String roleId) {
        String title = roleId.replace('-', ' ').replace('_', ' ');
        QuestionBank questions = bank.get();
        if (questions != null) {
            title = questions.roles().stream().filter(role -> role.id().equalsIgnoreCase(roleId)).map(Role::title)
                    .findFirst().orElse(title);
        }
        // Mid-sentence: "this Backend engineer interview" reads better in lower case, acronyms (QA, iOS) aside.
        return title.length() > 1 && Character.isUpperCase(title.charAt(0)) && Character.isLowerCase(title.charAt(1))
                ? title.substring(0, 1).toLowerCase(Locale.ROOT) + title.substring(1) : title;
    }
}
