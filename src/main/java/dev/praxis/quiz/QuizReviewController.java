package dev.praxis.quiz;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The instructors' review queue of provisional drafted verdicts (only instructors reach {@code /instructor/**}). */
@Controller
class QuizReviewController {

    private final QuizService quizzes;

    QuizReviewController(QuizService quizzes) {
        this.quizzes = quizzes;
    }

    @GetMapping("/instructor/reviews")
    String reviews(Model model) {
        model.addAttribute("items", quizzes.reviewQueue());
        return "quiz/reviews";
    }
}
