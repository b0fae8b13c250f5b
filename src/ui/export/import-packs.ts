// Import Pack (Library button and File menu): each chosen pack is checked by parsePack and, when sound,
// stored in one transaction; each gets one toast saying what was added, or why it was refused.
import { parsePack } from '../../core/exchange/pack';
import { importedNothing, importPack } from '../../db/pack-import';
import { describeStorageError } from '../../db/storage-error';
import { packRefusalText } from '../../i18n/import-notice-text';
import type { AppServices } from '../app-context';
import { navigate } from '../router';

export async function pickAndImportPacks(services: AppServices): Promise<void> {
  const { host, db, t, notify } = services;
  let files;
  try {
    files = await host.openFiles({ multiple: true, filters: [{ name: t('pack.fileFilter'), extensions: ['json'] }] });
  } catch (error) {
    notify(t('error.generic', { message: (error as Error).message }), 'error');
    return;
  }
  const importedArticles: string[] = [];
  for (const file of files) {
    const parsed = await parsePack(new TextDecoder().decode(file.bytes));
    if (!parsed.ok) {
      notify(t('pack.refused', { file: file.name, reason: packRefusalText(t, parsed.problem) }), 'error');
      continue;
    }
    try {
      const result = await importPack(db, parsed.pack);
      importedArticles.push(result.articleId);
      if (importedNothing(result)) {
        notify(t('pack.nothingNew'), 'info');
      } else {
        const params = { count: result.claimsAdded, annotator: result.annotator, title: result.articleTitle };
        notify(t(result.articleCreated ? 'pack.importedNewArticle' : 'pack.imported', params), 'success');
      }
      if (result.claimsInConflict > 0) notify(t('pack.conflicts', { count: result.claimsInConflict }), 'error');
    } catch (error) {
      // The transaction failed and rolled back: the disk is full, or the database said why (in English).
      const problem = describeStorageError(error);
      notify(problem.kind === 'quota' ? t('storage.quota') : t('pack.refused', { file: file.name, reason: problem.detail }), 'error');
    }
  }
  // One pack: show its claims at once. Several (a teacher collecting a class): stay where the toasts are read.
  if (files.length === 1 && importedArticles.length === 1) navigate({ screen: 'article', articleId: importedArticles[0]! });
}
