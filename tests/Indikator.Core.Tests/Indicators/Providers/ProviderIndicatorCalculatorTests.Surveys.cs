using Indikator.Core.Indicators;
using Indikator.Core.Indicators.Providers;

namespace Indikator.Core.Tests.Indicators.Providers;

public partial class ProviderIndicatorCalculatorTests
{
    [Fact]
    public void Nav_survey_mean_excludes_dont_know_answers()
    {
        // Answers 6, 5, 7, 4, 7: the two 7s (don't know / not relevant) leave the mean: (6 + 5 + 4) / 3 = 5.
        var data = new ProviderData { NavSurvey = [new(P, 2024, 1, 6), new(P, 2024, 2, 5), new(P, 2024, 3, 7), new(P, 2024, 4, 4), new(P, 2024, 5, 7)] };
        var result = Single(data, ProviderIndicator.NavSurvey);
        Assert.Equal(5.0, result.Value);
        Assert.Equal(3, result.Basis);
        Assert.Equal(2, result.Excluded);
        Assert.Null(result.Programme);
    }

    [Fact]
    public void Nav_survey_with_only_dont_know_answers_has_no_result()
    {
        var data = new ProviderData { NavSurvey = [new(P, 2024, 1, 7), new(P, 2024, 2, 7)] };
        Assert.Null(Calc(data).Compute(ProviderIndicator.NavSurvey, P, null, 2024));
        Assert.Empty(Calc(data).ComputeAll(ProviderIndicator.NavSurvey));
    }

    [Fact]
    public void A_seven_outside_the_nav_survey_is_an_error_naming_the_record()
    {
        var employee = new ProviderData { EmployeeSurvey = [new(P, 2024, 1, 5), new(P, 2024, 2, 7)] };
        var error = Assert.Throws<ProviderDataException>(() => Calc(employee));
        Assert.Equal("EmployeeSurvey[1].Score: 7 (don't know / not relevant) is allowed only in the NAV survey, not in the employee survey.", error.Message);
        Assert.Equal(("EmployeeSurvey", 1, "Score"), (error.Collection, error.RecordIndex, error.Field));

        var participant = new ProviderData { ParticipantSurvey = [new(P, Programme.Kia, 2024, 3, 7)] };
        Assert.Equal(
            "ParticipantSurvey[0].Score: 7 (don't know / not relevant) is allowed only in the NAV survey, not in the participant survey.",
            Assert.Throws<ProviderDataException>(() => Calc(participant)).Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(8)]
    [InlineData(-1)]
    public void Scores_outside_the_scale_are_errors(int score)
    {
        var nav = Assert.Throws<ProviderDataException>(() => Calc(new ProviderData { NavSurvey = [new(P, 2024, 1, score)] }));
        Assert.Equal($"NavSurvey[0].Score: {score} is outside the scale 1-6 and is not 7 (don't know / not relevant).", nav.Message);
        var participant = Assert.Throws<ProviderDataException>(() => Calc(new ProviderData { ParticipantSurvey = [new(P, Programme.Ab, 2024, 1, score)] }));
        Assert.Equal($"ParticipantSurvey[0].Score: {score} is outside the scale 1-6.", participant.Message);
    }

    [Fact]
    public void Participant_survey_is_reported_per_programme()
    {
        var data = new ProviderData
        {
            ParticipantSurvey = [new(P, Programme.Kia, 2024, 1, 6), new(P, Programme.Kia, 2024, 2, 4), new(P, Programme.Ab, 2024, 1, 3)],
        };
        Assert.Equal(5.0, Single(data, ProviderIndicator.ParticipantSurvey, Programme.Kia).Value);
        Assert.Equal(3.0, Single(data, ProviderIndicator.ParticipantSurvey, Programme.Ab).Value);
        Assert.Equal(2, Calc(data).ComputeAll(ProviderIndicator.ParticipantSurvey).Count);
    }

    [Fact]
    public void Participant_question_nine_is_yes_no_and_reported_beside_the_mean()
    {
        var misplaced = Assert.Throws<ProviderDataException>(() => Calc(new ProviderData { ParticipantSurvey = [new(P, Programme.Ab, 2024, 9, 6)] }));
        Assert.Equal("ParticipantSurvey[0].Question: question 9 is the yes/no question; put its answers in OverallSatisfaction.", misplaced.Message);

        var data = new ProviderData
        {
            OverallSatisfaction = [new(P, Programme.Ab, 2024, true), new(P, Programme.Ab, 2024, true), new(P, Programme.Ab, 2024, false), new(P, Programme.Ab, 2024, true)],
        };
        var result = Assert.Single(Calc(data).ComputeOverallSatisfaction());
        Assert.Equal(new OverallSatisfactionResult(P, Programme.Ab, 2024, 75.0, 4), result);
    }

    [Fact]
    public void Employee_survey_is_a_provider_level_mean()
    {
        var data = new ProviderData { EmployeeSurvey = [new(P, 2024, 1, 2), new(P, 2024, 2, 3), new(P, 2023, 1, 6)] };
        var result = Single(data, ProviderIndicator.EmployeeSurvey);
        Assert.Equal(2.5, result.Value);
        Assert.Equal(2, result.Basis);
        Assert.Equal(0, result.Excluded);
    }

    [Fact]
    public void Question_numbers_must_be_positive()
    {
        var error = Assert.Throws<ProviderDataException>(() => Calc(new ProviderData { NavSurvey = [new(P, 2024, 0, 5)] }));
        Assert.Equal("NavSurvey[0].Question: 0 is not a question number (1 or more).", error.Message);
    }

    [Fact]
    public void Survey_persons_are_the_most_answers_to_one_question()
    {
        // Anonymous answers: question 1 answered 3 times (one a 7), question 2 twice. Each respondent answers a question
        // at most once, so there were at least 3 respondents: Persons = max(3, 2) = 3. Basis counts the 4 scored answers.
        var data = new ProviderData { NavSurvey = [new(P, 2024, 1, 6), new(P, 2024, 1, 7), new(P, 2024, 1, 4), new(P, 2024, 2, 5), new(P, 2024, 2, 5)] };
        var result = Single(data, ProviderIndicator.NavSurvey);
        Assert.Equal(3, result.Persons);
        Assert.Equal(4, result.Basis);
    }
}
