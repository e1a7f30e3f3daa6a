import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { CertificateKind, CertificateSnapshot } from '@campus/domain';
import type { CredentialSource } from './open-badge';

export interface CredentialCertificate extends CredentialSource {
  id: string;
  holderId: string;
}

/** The certificates' rows the credentials need, read with narrow queries of their own. */
@Injectable()
export class CredentialsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async findCertificate(id: string): Promise<CredentialCertificate | null> {
    const [row] = await this.db.query(
      `SELECT id, holder_id, serial, verification_code, kind, course_id, issued_at, status_index, snapshot
         FROM certificates WHERE id = $1`,
      [id],
    );
    if (!row) return null;
    return {
      id: row.id,
      holderId: row.holder_id,
      serial: row.serial,
      verificationCode: row.verification_code,
      kind: row.kind as CertificateKind,
      courseId: row.course_id,
      issuedAt: new Date(row.issued_at),
      statusIndex: Number(row.status_index),
      snapshot: row.snapshot as CertificateSnapshot,
    };
  }

  /**
   * Status-list positions of the certificates that no longer stand: revoked, and superseded
   * (replaced by a corrected one, whose own credential is the one to trust). Also the highest
   * position in use, which sizes the list.
   */
  async revocationState(): Promise<{ revoked: number[]; highest: number | null }> {
    const [row] = await this.db.query(
      `SELECT COALESCE(array_agg(status_index ORDER BY status_index) FILTER (WHERE status IN ('revoked', 'superseded')), '{}') AS revoked,
              max(status_index) AS highest
         FROM certificates`,
    );
    return { revoked: (row.revoked as (number | string)[]).map(Number), highest: row.highest === null ? null : Number(row.highest) };
  }
}
