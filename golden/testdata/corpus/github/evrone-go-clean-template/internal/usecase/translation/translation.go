package translation

import (
	"context"
	"fmt"

	"github.com/evrone/go-clean-template/internal/entity"
	"github.com/evrone/go-clean-template/internal/repo"
	"github.com/evrone/go-clean-template/internal/usecase"
)

// UseCase -.
type UseCase struct {
	repo   repo.TranslationRepo
	webAPI repo.TranslationWebAPI
}

// New returns a Translation usecase instrumented with OpenTelemetry tracing spans.
func New(r repo.TranslationRepo, w repo.TranslationWebAPI) usecase.Translation {
	return newTraced(&UseCase{
		repo:   r,
		webAPI: w,
	})
}

// History - getting translate history from store.
func (uc *UseCase) History(ctx context.Context, userID string) (entity.TranslationHistory, error) {
	translations, err := uc.repo.GetHistory(ctx, userID)
	if err != nil {
		return entity.TranslationHistory{}, fmt.Errorf("TranslationUseCase - History - s.repo.GetHistory: %w", err)
	}

	return entity.TranslationHistory{History: translations}, nil
}

// Translate -.
func (uc *UseCase) Translate(ctx context.Context, userID string, t entity.Translation) (entity.Translation, error) {
	translation, err := uc.webAPI.Translate(ctx, t)
	if err != nil {
		return entity.Translation{}, fmt.Errorf("TranslationUseCase - Translate - s.webAPI.Translate: %w", err)
	}

	err = uc.repo.Store(ctx, userID, translation)
	if err != nil {
		return entity.Translation{}, fmt.Errorf("TranslationUseCase - Translate - s.repo.Store: %w", err)
	}

	return translation, nil
}
